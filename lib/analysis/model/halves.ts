/** Half of the rows (real messages or our drafts), picked by a hash of their id: the half `train.ts --real-half` / `--draft-half` trains on. */
export function inTrainingHalf(id: string): boolean {
  let hash = 7;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return hash % 2 === 0;
}
