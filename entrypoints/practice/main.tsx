import '../../assets/page.css';
import '../../assets/nudge.css';
import './practice.css';
import { render } from 'preact';
import { Practice } from './Practice';

render(<Practice />, document.getElementById('app')!);
