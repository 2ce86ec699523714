// Canvas settings a person chooses (snap to grid, grid size, minimap, scrolling), kept in this browser.
import { useCallback, useState } from 'react';

export interface CanvasSettings {
  snapToGrid: boolean;
  gridSize: number;
  showMinimap: boolean;
  /** The mouse wheel scrolls the canvas (Ctrl + wheel zooms) instead of zooming it. */
  panOnScroll: boolean;
}

export const defaultSettings: CanvasSettings = { snapToGrid: true, gridSize: 20, showMinimap: true, panOnScroll: true };

const key = 'amsp.studio.canvas';

function read(): CanvasSettings {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Partial<CanvasSettings>;
    const settings = { ...defaultSettings, ...stored };
    return { ...settings, gridSize: [10, 20, 40].includes(settings.gridSize) ? settings.gridSize : defaultSettings.gridSize };
  } catch {
    return defaultSettings;
  }
}

export function useCanvasSettings(): [CanvasSettings, (change: Partial<CanvasSettings>) => void] {
  const [settings, setSettings] = useState(read);
  const update = useCallback((change: Partial<CanvasSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...change };
      localStorage.setItem(key, JSON.stringify(next));
      return next;
    });
  }, []);
  return [settings, update];
}
