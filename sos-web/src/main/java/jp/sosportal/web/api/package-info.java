/**
 * The public JSON API v1 of API.md: JAX-RS resources over the same EJB services as the pages, JSON-B records
 * for bodies, and problem+json mappers that turn every refusal into the status API.md names with a Japanese
 * detail. Authentication is the portal's (HTTP Basic or the login session), access is the services'.
 */
package jp.sosportal.web.api;
