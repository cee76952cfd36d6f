/**
 * Enhancers are small framework-free scripts (src/enhance/*.ts, built by tsup into
 * public/enhance/) that a server-rendered page loads for its interactive parts. Their
 * <script> tags carry this attribute so that scripts/static-pages.mjs keeps them on
 * pages it otherwise strips of every script.
 */
export const ENHANCER_ATTRIBUTE = "data-enhancer";
