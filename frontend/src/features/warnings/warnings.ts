import type { WarningLevel } from './types';

/** The tag colour of each level, the colour it is named by. */
export const LEVEL_COLORS: Record<WarningLevel, string> = { red: 'red', orange: 'orange', yellow: 'gold', blue: 'blue' };
