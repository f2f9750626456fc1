-- Welfare profiles: named sets of indicators in domains, each indicator with its polarity in that profile.
-- No foreign keys: DuckDB cannot update or delete a referenced row in the same transaction, and the profiles are
-- always replaced as a whole (ProfileRepository.ReplaceAllAsync).
CREATE TABLE profiles (
    id             VARCHAR PRIMARY KEY,   -- a-z, 0-9, '-'
    position       INTEGER NOT NULL,      -- display order
    name_fi        VARCHAR NOT NULL,
    name_sv        VARCHAR NOT NULL,
    name_en        VARCHAR NOT NULL,
    description_fi VARCHAR NOT NULL,
    description_sv VARCHAR NOT NULL,
    description_en VARCHAR NOT NULL
);

CREATE TABLE profile_domains (
    profile_id VARCHAR NOT NULL,
    domain_id  VARCHAR NOT NULL,          -- unique within the profile
    position   INTEGER NOT NULL,
    name_fi    VARCHAR NOT NULL,
    name_sv    VARCHAR NOT NULL,
    name_en    VARCHAR NOT NULL,
    PRIMARY KEY (profile_id, domain_id)
);

CREATE TABLE profile_indicators (
    profile_id   VARCHAR NOT NULL,
    domain_id    VARCHAR NOT NULL,
    indicator_id VARCHAR NOT NULL,        -- indicators.id
    position     INTEGER NOT NULL,        -- order within the domain
    polarity     VARCHAR NOT NULL CHECK (polarity IN ('higher-is-better', 'lower-is-better', 'no-judgement')),
    PRIMARY KEY (profile_id, indicator_id)
);
