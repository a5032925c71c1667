package jp.sosportal.platform;

/** Unknown, or not the caller's to see: both look the same from outside (404), so nothing leaks. */
public class NotFoundException extends RefusedException {

    public NotFoundException() {
        super(Labels.text("error.notFound"));
    }
}
