// The one script of the pages that carry the funding chart (the funding pages and the embed), rendered by
// FundingChart.astro. One entry on purpose: each component <script> is an entry of its own, and two entries
// that share a module make a third file the head must fetch before either runs. Here the head asks for this
// one file, which imports nothing; Chart.js and the chart's numbers are fetched after the first paint
// (element.ts waits for src/lib/after-paint.ts).
import { setupEmbedPage } from "./Embed/embed-page";
// The elements are defined at once, so their controls are there from the first paint and a chart that is
// never defined (a blocked script) is told apart by time (styles.css).
import "./Embed/embed-box";
import { defineFundingChart } from "./FundingChart/element";

// The embed's URL settings (view, theme) go on the chart element before it upgrades.
if (document.querySelector("[data-embed]")) setupEmbedPage();
defineFundingChart();
