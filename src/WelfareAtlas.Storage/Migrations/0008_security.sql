-- Placeholder on the forecast branch only: version 8 belongs to the privacy branch's 0008_security.sql (issue 8),
-- which replaces this file when the branches are merged. Versions must run without gaps, so 0009 needs an 8.
SELECT 1;
