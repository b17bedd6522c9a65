package vn.sochibo.application.cell;

import java.util.Optional;
import vn.sochibo.domain.cell.CellProfile;

public interface CellProfileRepository {
    Optional<CellProfile> load();

    void save(CellProfile profile);
}
