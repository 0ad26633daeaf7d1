-- The holiday calendar for 2027 (docs/decisions/0238). The State Council's 2027 arrangement
-- (国务院办公厅关于2027年部分节假日安排的通知) was not available when this was written, so only the
-- statutory days off that 《全国年节及纪念日放假办法》 (2024 revision, 第二条) fixes by law are loaded:
-- no make-up working days (调休上班) and no 补假 for statutory days that fall on a weekend (第六条),
-- both decided only by the arrangement. A source starting with 《全国年节及纪念日放假办法》 marks a
-- row as statutory only: the portal treats 2027 as not yet confirmed (lib/clock/coverage.ts) and warns.
-- Lunar dates: 除夕 2027-02-05, 正月初一 2027-02-06, 端午 (五月初五) 2027-06-09, 中秋 (八月十五)
-- 2027-09-15; 清明 (the solar term) 2027-04-05.
-- ON CONFLICT DO NOTHING: a row an administrator has already entered for one of these dates stays.
INSERT INTO "CalendarDay" ("date", "kind", "name", "source") VALUES
  ('2027-01-01', 'HOLIDAY', '元旦', '《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日；国务院办公厅2027年部分节假日安排（调休）尚未发布'),
  ('2027-02-05', 'HOLIDAY', '春节（农历除夕）', '《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日；国务院办公厅2027年部分节假日安排（调休）尚未发布'),
  ('2027-02-06', 'HOLIDAY', '春节（正月初一）', '《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日；国务院办公厅2027年部分节假日安排（调休）尚未发布'),
  ('2027-02-07', 'HOLIDAY', '春节（正月初二）', '《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日；国务院办公厅2027年部分节假日安排（调休）尚未发布'),
  ('2027-02-08', 'HOLIDAY', '春节（正月初三）', '《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日；国务院办公厅2027年部分节假日安排（调休）尚未发布'),
  ('2027-04-05', 'HOLIDAY', '清明节', '《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日；国务院办公厅2027年部分节假日安排（调休）尚未发布'),
  ('2027-05-01', 'HOLIDAY', '劳动节', '《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日；国务院办公厅2027年部分节假日安排（调休）尚未发布'),
  ('2027-05-02', 'HOLIDAY', '劳动节', '《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日；国务院办公厅2027年部分节假日安排（调休）尚未发布'),
  ('2027-06-09', 'HOLIDAY', '端午节', '《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日；国务院办公厅2027年部分节假日安排（调休）尚未发布'),
  ('2027-09-15', 'HOLIDAY', '中秋节', '《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日；国务院办公厅2027年部分节假日安排（调休）尚未发布'),
  ('2027-10-01', 'HOLIDAY', '国庆节', '《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日；国务院办公厅2027年部分节假日安排（调休）尚未发布'),
  ('2027-10-02', 'HOLIDAY', '国庆节', '《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日；国务院办公厅2027年部分节假日安排（调休）尚未发布'),
  ('2027-10-03', 'HOLIDAY', '国庆节', '《全国年节及纪念日放假办法》（2024年修订）第二条规定的法定节假日；国务院办公厅2027年部分节假日安排（调休）尚未发布')
ON CONFLICT ("date") DO NOTHING;
