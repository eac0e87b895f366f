-- Languages are offered only where the portal, every email and every PDF are written in them
-- (server/src/common/languages.ts: en, fr, es). German was offered before and never written:
-- a customer who chose it reads their business's language (a null locale), a business that
-- chose it reads English. Region tags of a language we write in ('fr-CA') are kept.
UPDATE customers SET locale = NULL
 WHERE locale IS NOT NULL
   AND split_part(lower(replace(locale, '_', '-')), '-', 1) NOT IN ('en', 'fr', 'es');

UPDATE tenants SET locale = 'en'
 WHERE split_part(lower(replace(locale, '_', '-')), '-', 1) NOT IN ('en', 'fr', 'es');
