-- Version 4: the dues status line of a meeting's minutes (tình hình thu, nộp đảng phí), free text.
ALTER TABLE meeting ADD COLUMN dues_status VARCHAR(2000);
