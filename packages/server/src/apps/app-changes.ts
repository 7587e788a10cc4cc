/** Activity-log wording for an app's edits. Names and redirect URIs are public; never a secret. */

export function renamedDetail(from: string, to: string): string {
  return `${JSON.stringify(from)} → ${JSON.stringify(to)}`;
}

export function redirectUrisDetail(from: readonly string[], to: readonly string[]): string {
  const added = to.filter((uri) => !from.includes(uri));
  const removed = from.filter((uri) => !to.includes(uri));
  const parts = [
    ...(added.length > 0 ? [`added ${added.join(', ')}`] : []),
    ...(removed.length > 0 ? [`removed ${removed.join(', ')}`] : []),
  ];
  return parts.length > 0 ? capitalize(parts.join('; ')) : 'Reordered';
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
