-- Areas of every type, with their names, parent and web shape.
CREATE TABLE areas (
    code        VARCHAR PRIMARY KEY,      -- 3-digit municipality, 5-digit postal code or 10-character kokotunnus
    type        VARCHAR NOT NULL,         -- city, major-district, district, sub-district, postal-area
    name_fi     VARCHAR NOT NULL,
    name_sv     VARCHAR NOT NULL,
    name_en     VARCHAR NOT NULL,
    parent_code VARCHAR,                  -- NULL only for a city
    valid_from  DATE,                     -- NULL: valid since before the data starts
    valid_to    DATE,                     -- NULL: still valid
    shape       VARCHAR                   -- GeoJSON geometry, WGS 84 lon/lat, simplified for the web
);

-- Shares of one area (a postal area) in another (a sub-district): the crosswalk between types that do not nest.
CREATE TABLE area_overlaps (
    from_code VARCHAR NOT NULL,
    to_code   VARCHAR NOT NULL,
    basis     VARCHAR NOT NULL,           -- area or population
    share     DOUBLE PRECISION NOT NULL CHECK (share >= 0 AND share <= 1.001),
    PRIMARY KEY (from_code, to_code, basis)
);
