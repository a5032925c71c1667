/**
 * What every page shares: Japanese messages from the bundle, the refusal of Internet Explorer, and the
 * layout's helpers. Pages themselves live in one package per area (home, sos, survey, review …).
 */
package jp.sosportal.web.platform;
