-- Cadre search at bureau scale (100,000 cadres). A name is two to four characters, and a search is often one
-- (a surname: 王 matches one cadre in fourteen) or two: trigrams (pg_trgm) cannot index a pattern that short, so
-- each cadre keeps the distinct single characters and character pairs of its name and lower-cased employee number
-- in an indexed array. A search asks for the array to include the query's pairs (its one character if it has one)
-- and then checks the substring itself (LIKE) on those rows only.
CREATE FUNCTION cadre_search_grams(value text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT coalesce(array_agg(DISTINCT gram), '{}')
    FROM (SELECT substr(value, i, 1) AS gram FROM generate_series(1, length(value)) i
          UNION ALL
          SELECT substr(value, i, 2) FROM generate_series(1, length(value) - 1) i) grams
$$;

-- varchar[], the type JDBC gives a Java String[] parameter, so that the search's @> needs no cast
ALTER TABLE cadre ADD COLUMN search_grams varchar[]
    GENERATED ALWAYS AS ((cadre_search_grams(name) || cadre_search_grams(lower(employee_number)))::varchar[]) STORED;
CREATE INDEX cadre_search_grams ON cadre USING gin (search_grams);

-- The list sorted by name (pinyin, the column's ICU collation; the employee number breaks ties) reads a page in
-- index order instead of sorting every cadre first.
CREATE INDEX cadre_name_order ON cadre (name, employee_number);
