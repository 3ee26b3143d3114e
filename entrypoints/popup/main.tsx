import '../../assets/page.css';
import './popup.css';
import { render } from 'preact';
import { Popup } from './Popup';

render(<Popup />, document.getElementById('app')!);
