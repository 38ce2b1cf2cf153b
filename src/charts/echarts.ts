import { BarChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { LOCALE_VI } from './localeVi';

// Tree-shaken: only the chart types and components we draw are bundled (full ECharts is ~140 KB gzip more).
// What several pages' charts use; a part one chart (or the export) needs is registered where it is used.
// The overview's charts register theirs here (the mark area of the linkage trend): their specs are
// reachable from the first screen, which loads no ECharts (views/overview/firstScreen.test.ts).
echarts.use([
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  CanvasRenderer,
  SVGRenderer,
]);
echarts.registerLocale('VI', LOCALE_VI);

export { echarts };
