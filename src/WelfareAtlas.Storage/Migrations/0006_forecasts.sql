-- Forecasts (docs/forecasting.md): one row per series (indicator × area × breakdown × period length) and step
-- ahead, with the 80 % and 95 % prediction limits on the indicator's scale; and the measured accuracy of the method
-- per indicator and period length (rolling-origin backtests), shown beside every forecast. A compute run replaces
-- the forecasts and accuracy of the indicators it forecast in one transaction.
CREATE TABLE forecasts (
    run_id        BIGINT           NOT NULL,  -- the compute run that made it
    indicator_id  VARCHAR          NOT NULL,
    area_code     VARCHAR          NOT NULL,
    breakdown     VARCHAR          NOT NULL,  -- Breakdown.Key
    frequency     VARCHAR          NOT NULL,  -- year, quarter, month, week
    first_period  VARCHAR          NOT NULL,  -- the first period the model was fitted on (start of the last unbroken run)
    last_period   VARCHAR          NOT NULL,  -- the last observed period
    points        INTEGER          NOT NULL,  -- periods fitted
    model         VARCHAR          NOT NULL,  -- simple, holt-linear, damped-trend, seasonal, seasonal-holt-linear, seasonal-damped-trend
    scale         VARCHAR          NOT NULL,  -- unbounded, proportion (logit), non-negative (log)
    poisson_aware BOOLEAN          NOT NULL,  -- intervals include Poisson variation of future counts
    step          INTEGER          NOT NULL,  -- 1 = the period after last_period
    period        VARCHAR          NOT NULL,  -- canonical Period text of the period forecast
    period_start  DATE             NOT NULL,
    value         DOUBLE PRECISION NOT NULL,  -- point forecast (a median on transformed scales)
    lower80       DOUBLE PRECISION NOT NULL,
    upper80       DOUBLE PRECISION NOT NULL,
    lower95       DOUBLE PRECISION NOT NULL,
    upper95       DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (indicator_id, area_code, breakdown, frequency, step)
);

CREATE TABLE forecast_accuracy (
    run_id              BIGINT           NOT NULL,
    indicator_id        VARCHAR          NOT NULL,
    frequency           VARCHAR          NOT NULL,  -- year, quarter, month, week
    horizon             INTEGER          NOT NULL,  -- steps ahead forecast from each origin
    series              INTEGER          NOT NULL,  -- series backtested
    origins             INTEGER          NOT NULL,  -- origins over all series
    forecasts           INTEGER          NOT NULL,  -- (origin, step) forecasts scored
    mase                DOUBLE PRECISION NOT NULL,  -- the method's mean absolute scaled error
    naive_mase          DOUBLE PRECISION NOT NULL,  -- the naive forecast's (last value)
    seasonal_naive_mase DOUBLE PRECISION,           -- the seasonal naive forecast's; NULL without a season
    coverage80          DOUBLE PRECISION NOT NULL,  -- share of actual values inside the 80 % intervals, 0–1
    coverage95          DOUBLE PRECISION NOT NULL,
    beats_naive         BOOLEAN          NOT NULL,  -- false: every forecast of the indicator says it does not beat naive
    PRIMARY KEY (indicator_id, frequency)
);
