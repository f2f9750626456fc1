-- The age band a profile shows of an indicator delivered only by age band (ProfileIndicator.Age): older people see
-- payment defaults of those aged 65 and over, the children's profile sports licences of 7-17-year-olds. Before this
-- column every view took the youngest band, or the first in text order, of whatever the indicator had.
ALTER TABLE profile_indicators ADD COLUMN age_band VARCHAR;  -- 7-17, 65+; NULL for the indicator's total

-- The built-in profiles of a store created before: the bands ProfileCatalogue gives them now.
UPDATE profile_indicators SET age_band = '7-17' WHERE profile_id = 'children-and-young-people' AND indicator_id = 'sports-licences';
UPDATE profile_indicators SET age_band = '18-24' WHERE profile_id = 'working-age-adults' AND indicator_id = 'payment-defaults';
UPDATE profile_indicators SET age_band = '18-29' WHERE profile_id = 'working-age-adults' AND indicator_id = 'sports-licences';
UPDATE profile_indicators SET age_band = '65+' WHERE profile_id = 'older-people' AND indicator_id = 'payment-defaults';
