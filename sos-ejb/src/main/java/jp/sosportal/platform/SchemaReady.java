package jp.sosportal.platform;

/** Fired once the migrations have run: from here on the database may be used. */
public record SchemaReady(String databaseProduct) {
}
