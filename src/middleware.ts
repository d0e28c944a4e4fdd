import { defineMiddleware } from "astro:middleware";
import { requireLocale, useT } from "./lib/site/i18n";

/**
 * The page's language, and `t` bound to it, for every component (`const { locale, t } = Astro.locals`):
 * one source, Astro's own `currentLocale` (from the URL and the i18n config in astro.config.mjs),
 * instead of a `locale` prop passed by hand from component to component.
 */
export const onRequest = defineMiddleware((context, next) => {
  const locale = requireLocale(context.currentLocale, context.url.pathname);
  context.locals.locale = locale;
  context.locals.t = useT(locale);
  return next();
});
