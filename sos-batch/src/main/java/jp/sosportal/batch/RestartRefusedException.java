package jp.sosportal.batch;

import jp.sosportal.platform.Labels;
import jp.sosportal.platform.RefusedException;

/** 「再開」 of a run that is not the latest stopped or failed run of its file (the API answers 409). */
public class RestartRefusedException extends RefusedException {

    public RestartRefusedException() {
        super(Labels.text("batch.restart.refused"));
    }
}
