// A colour and a short glyph per palette category, so a flowchart reads at a glance.
const known: Record<string, { color: string; glyph: string }> = {
  Flow: { color: '#5b6b8c', glyph: '⇄' },
  Primitives: { color: '#2f7d6d', glyph: '≡' },
  Scripting: { color: '#8a5a00', glyph: 'JS' },
  Signals: { color: '#7a3e9d', glyph: '✉' },
  Timers: { color: '#a34d2a', glyph: '⏱' },
  Triggers: { color: '#1f6f9f', glyph: '⚡' },
  HTTP: { color: '#1f4e79', glyph: '⇅' },
  Composition: { color: '#5c6f2b', glyph: '⧉' },
};

export function categoryStyle(category: string | undefined): { color: string; glyph: string } {
  if (category && known[category]) return known[category];
  let hash = 0;
  for (const c of category ?? '?') hash = (hash * 31 + c.charCodeAt(0)) % 360;
  return { color: `hsl(${hash} 35% 38%)`, glyph: (category ?? '?').slice(0, 1).toUpperCase() };
}
