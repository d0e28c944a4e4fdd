// Loaded only when a chart scrolls into view. Registering just the bar chart's parts keeps the
// funding page inside its byte budget; chart.js/auto would add every chart type (≈16 KB more gzipped).
// No Tooltip or Legend: every bar carries its own value label and the legend is HTML.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale);
// The site's font stack, which includes Japanese fonts; Chart.js's default has none.
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.font.size = 12;

export { Chart };
// The chart's configuration comes in the same chunk: it is only needed once Chart.js is, after the first
// paint, so the page's one startup script does not carry it.
export { chartConfig, readPalette, seriesBorder, seriesFill } from "./config";
