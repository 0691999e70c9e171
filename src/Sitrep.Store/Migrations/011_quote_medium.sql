-- 011: the document a quote's words come from (issue 9 point 7): 'statement' for "An IAAF statement said", whose speaker
-- is the issuer (IAAF); NULL when the text names none.
ALTER TABLE quotes ADD COLUMN medium TEXT;
