export function pretendardFallback(): {
  ascentOverride: string;
  descentOverride: string;
  lineGapOverride: string;
  fallbackFont: string;
  sizeAdjust: string;
};
