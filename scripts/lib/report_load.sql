-- Makes the reports of a demo database expensive for scripts/hostile-clients.sh: 20,000 more outlets across
-- Kalimantan Selatan (63), each with a price report of lpg-3kg on each of the last 14 days and its current
-- price, written straight into the tables (the rows are what a report walks when its days are not the stored
-- ones; hostile-clients.sh serves them so).
PRAGMA foreign_keys=ON;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
INSERT INTO cooperatives (id, name, region, created_at)
SELECT printf('coop_load_%05d', i), printf('Koperasi Beban %d', i),
       printf('63.%02d.%02d.%04d', 1 + i % 13, 1 + i % 20, 1001 + i % 500), 0 FROM n;
INSERT INTO outlets (id, cooperative_id, name, region, created_at)
SELECT replace(id, 'coop_', 'out_'), id, 'Gerai ' || name, region, 0 FROM cooperatives WHERE id GLOB 'coop_load_*';
WITH RECURSIVE d(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM d WHERE k < 13)
INSERT INTO price_reports (id, outlet_id, commodity, region, price, observed_at, recorded_at)
SELECT printf('prc_load_%s_%d', o.id, d.k), o.id, 'lpg-3kg', o.region, 18000 + abs(random() % 3000),
       (strftime('%s', 'now') - d.k * 86400 - 3600) * 1000, (strftime('%s', 'now') - d.k * 86400) * 1000
FROM outlets o CROSS JOIN d WHERE o.id GLOB 'out_load_*';
INSERT INTO current_prices (outlet_id, commodity, region, report_id, price, observed_at, status, band_id)
SELECT p.outlet_id, p.commodity, p.region, p.id, p.price, p.observed_at, 'in_band', NULL
FROM price_reports p WHERE p.id GLOB 'prc_load_*_0';
COMMIT;
