/**
 * The public JSON API v1 of docs/api.md: JAX-RS resources over the same EJB services as the pages, JSON-B records
 * for bodies, and problem+json mappers that turn every refusal into the status the document names with a Japanese
 * detail. Its contract is {@code META-INF/openapi.yaml}, served at /openapi as written (the API tests validate
 * every call against it). Authentication is the portal's (HTTP Basic or the login session), access is the services'.
 */
package jp.sosportal.web.api;
