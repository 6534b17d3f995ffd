// The browser's screen lines are built from styled pieces (src/render/segments.ts,
// shared with the CLI's topic text); this module is where its views find them.
export { fit, seg, theme, type Seg, type Theme } from '../../render/segments.js';
