package jp.sosportal.web.review;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import jp.sosportal.institution.boundary.Institutions;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.institution.entity.Prefecture;
import jp.sosportal.request.boundary.SupplyRequests;
import jp.sosportal.request.entity.RequestStatus;
import jp.sosportal.request.entity.SupplyRequest;
import jp.sosportal.survey.boundary.Surveys;
import jp.sosportal.survey.entity.SupplyItem;

/**
 * 要請の確認: the reviewer's table. Filtering, sorting and paging happen in the database through the request
 * service, which also narrows a prefecture reviewer to their prefecture.
 */
@Named
@ViewScoped
public class ReviewRequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupplyRequests requests;

    @Inject
    transient Institutions institutions;

    @Inject
    transient Surveys surveys;

    @Inject
    ReviewFilters filters;

    private final LazyDataModel<SupplyRequest> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) requests.count(filters.toQuery(0, 1, null, true));
        }

        @Override
        public List<SupplyRequest> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? null : sort.getField();
            boolean descending = sort == null || sort.getOrder() == SortOrder.DESCENDING;
            return requests.search(filters.toQuery(first / pageSize, pageSize, field, descending)).items();
        }

        @Override
        public String getRowKey(SupplyRequest request) {
            return String.valueOf(request.getId());
        }

        @Override
        public SupplyRequest getRowData(String rowKey) {
            return requests.find(Long.parseLong(rowKey));
        }
    };

    public LazyDataModel<SupplyRequest> getRows() {
        return rows;
    }

    public void clearFilters() {
        filters.clear();
    }

    public List<Prefecture> getPrefectures() {
        return institutions.prefectures();
    }

    public List<SupplyItem> getItems() {
        return surveys.items();
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }
}
