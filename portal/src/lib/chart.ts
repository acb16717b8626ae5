/**
 * The drawing size every build-time SVG chart shares. A chart is drawn 360 units wide and scaled
 * to its box: on a 390 px phone that box is about 350 px, so text of 16 units comes out at no less
 * than 14 px, the smallest text allowed on a phone.
 */
export const CHART_WIDTH = 360;
export const CHART_FONT = 16;
