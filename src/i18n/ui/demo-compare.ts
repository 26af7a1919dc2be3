/**
 * The compare page's client strings (src/plots/elements/compare-view.ts), apart from the demo's
 * (./demo.ts): a client chunk holds whole modules, so one file for both would ship the demo's words to /compare/.
 */
import { dictionary } from './dictionary';

/** <compare-view>'s label for the redrawn figure. */
export const compareClient = /* @__PURE__ */ dictionary(
  {
    'figure.label': 'Bits per byte against evaluation length for {methods}',
    'figure.none': 'no methods',
    'figure.separator': ', ',
  },
  {
    'figure.label': '所选方法的每字节比特数随评估长度的变化：{methods}',
    'figure.none': '未选择方法',
    'figure.separator': '、',
  },
);
