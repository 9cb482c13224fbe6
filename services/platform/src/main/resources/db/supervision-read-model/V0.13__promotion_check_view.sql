-- The mandatory checks of promotion candidates' personal-matters reports (提拔必查) inspection reports open
-- (PromotionCheckOpened) and concluded (PromotionCheckConcluded): while one is open the cadre is not eligible.
-- A conclusion that arrives first (it cannot, both are keyed by the cadre; kept for a replay) wins over the opening.
CREATE TABLE promotion_check_view (
    check_id     UUID PRIMARY KEY,
    cadre_id     UUID NOT NULL,
    opened_on    DATE,
    concluded_on DATE
);
CREATE INDEX promotion_check_view_open ON promotion_check_view (cadre_id) WHERE concluded_on IS NULL;
