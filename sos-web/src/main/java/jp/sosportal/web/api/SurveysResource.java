package jp.sosportal.web.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import jp.sosportal.platform.NotFoundException;
import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.web.api.SurveyJson.Daily;
import jp.sosportal.web.api.SurveyJson.DailyBody;
import jp.sosportal.web.api.SurveyJson.Weekly;
import jp.sosportal.web.api.SurveyJson.WeeklyBody;

/** /api/v1/institutions/{code}/…-surveys: record, replace and read an institution's survey answers. */
@Path("institutions/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveysResource {

    @Inject
    Surveys surveys;

    @PathParam("code")
    String code;

    @PUT
    @Path("daily-surveys/{date}")
    public Daily putDaily(@PathParam("date") String date, DailyBody body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return Daily.of(surveys.recordDaily(code, Params.date("date", date), body.toInput()));
    }

    @GET
    @Path("daily-surveys/{date}")
    public Daily getDaily(@PathParam("date") String date) {
        return surveys.findDaily(code, Params.date("date", date)).map(Daily::of).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("daily-surveys")
    public List<Daily> listDaily(@QueryParam("from") String from, @QueryParam("to") String to) {
        return surveys.dailyBetween(code, Params.date("from", from), Params.date("to", to)).stream()
                .map(Daily::of).toList();
    }

    @PUT
    @Path("weekly-surveys/{date}")
    public Weekly putWeekly(@PathParam("date") String date, WeeklyBody body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return Weekly.of(surveys.recordWeekly(code, Params.date("date", date), body.toInput()));
    }

    @GET
    @Path("weekly-surveys/{date}")
    public Weekly getWeekly(@PathParam("date") String date) {
        return surveys.findWeekly(code, Params.date("date", date)).map(Weekly::of).orElseThrow(NotFoundException::new);
    }
}
