-- Forecasts per audience, the refresh record, and alerts (docs/forecasting.md, docs/alerts.md).
--
-- Forecasts follow disclosure control: an indicator whose cells are the same for everyone (audience 'all') gets one
-- set of forecasts; one with hidden cells gets forecasts for the public from the public's cells only, and forecasts
-- for analysts from every cell. Forecasts are derived data: the tables are rebuilt and the next start refreshes
-- them (no indicator is recorded as refreshed).
DROP TABLE forecasts;
DROP TABLE forecast_accuracy;

CREATE TABLE forecasts (
    run_id        BIGINT           NOT NULL,  -- the compute run whose cells were forecast
    audience      VARCHAR          NOT NULL,  -- all, public or analyst, as the cells it was made from
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
    PRIMARY KEY (audience, indicator_id, area_code, breakdown, frequency, step)
);

CREATE TABLE forecast_accuracy (
    run_id              BIGINT           NOT NULL,
    audience            VARCHAR          NOT NULL,  -- all, public or analyst
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
    PRIMARY KEY (audience, indicator_id, frequency)
);

-- Which compute run's cells each indicator's forecasts and "worse and worsening" statuses were made from: an
-- indicator whose cells come from a later run is refreshed after that run (and on start).
CREATE TABLE indicator_refreshes (
    indicator_id VARCHAR   NOT NULL PRIMARY KEY,
    run_id       BIGINT    NOT NULL,
    refreshed_at TIMESTAMP NOT NULL  -- UTC
);

-- The "worse and worsening" list as of the last refresh, per profile (its polarity decides "worse"), from the public's
-- cells: alerts are the differences between this list and the next.
CREATE TABLE worse_worsening (
    profile_id      VARCHAR          NOT NULL,
    indicator_id    VARCHAR          NOT NULL,
    area_code       VARCHAR          NOT NULL,
    breakdown       VARCHAR          NOT NULL,
    frequency       VARCHAR          NOT NULL,
    period          VARCHAR          NOT NULL,  -- the latest period, at which it is worse and worsening
    value           DOUBLE PRECISION NOT NULL,
    benchmark_value DOUBLE PRECISION,           -- the city's value
    PRIMARY KEY (profile_id, indicator_id, area_code, breakdown, frequency)
);

CREATE SEQUENCE alert_ids START 1;

-- A series entering or leaving the list: what the app lists at /{lang}/alerts and what subscribers are told.
CREATE TABLE alerts (
    id              BIGINT           NOT NULL PRIMARY KEY,
    run_id          BIGINT           NOT NULL,  -- the compute run that changed the status
    created_at      TIMESTAMP        NOT NULL,  -- UTC
    entered         BOOLEAN          NOT NULL,  -- true: now worse and worsening; false: no longer
    profile_id      VARCHAR          NOT NULL,
    indicator_id    VARCHAR          NOT NULL,
    area_code       VARCHAR          NOT NULL,
    breakdown       VARCHAR          NOT NULL,
    frequency       VARCHAR          NOT NULL,
    period          VARCHAR          NOT NULL,
    value           DOUBLE PRECISION NOT NULL,
    benchmark_value DOUBLE PRECISION
);

CREATE SEQUENCE alert_subscription_ids START 1;

-- Who wants to hear about what. Confirmed by the link sent to the address (double opt-in); the same token in every
-- message's unsubscribe link. The address is personal data: never logged, deleted on unsubscribing.
CREATE TABLE alert_subscriptions (
    id              BIGINT    NOT NULL PRIMARY KEY,
    email           VARCHAR,              -- NULL once unsubscribed
    language        VARCHAR   NOT NULL,   -- fi, sv, en: the language of the messages
    target_kind     VARCHAR   NOT NULL,   -- area, indicator or profile
    target          VARCHAR   NOT NULL,   -- the area code, indicator id or profile id
    token           VARCHAR   NOT NULL UNIQUE,  -- random, 128 bits, hex: confirms and unsubscribes
    created_at      TIMESTAMP NOT NULL,
    confirmed_at    TIMESTAMP,
    unsubscribed_at TIMESTAMP,
    last_alert_id   BIGINT    NOT NULL    -- alerts up to this id are told (or predate the confirmation)
);

CREATE SEQUENCE alert_message_ids START 1;

-- The outbox: every e-mail to send, sent by the web app's background delivery with retries, so a compute run never
-- waits for the mail server.
CREATE TABLE alert_messages (
    id              BIGINT    NOT NULL PRIMARY KEY,
    subscription_id BIGINT    NOT NULL,
    kind            VARCHAR   NOT NULL,   -- confirm or alert
    recipient       VARCHAR   NOT NULL,
    subject         VARCHAR   NOT NULL,
    body            VARCHAR   NOT NULL,   -- plain text, UTF-8
    created_at      TIMESTAMP NOT NULL,
    attempts        INTEGER   NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    sent_at         TIMESTAMP,            -- NULL until the server accepted it
    failed_at       TIMESTAMP,            -- set when the last retry failed; the message is not tried again
    last_error      VARCHAR
);
