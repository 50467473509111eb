-- The vCard version each paired card was read (or written) in, so that an edited card goes back
-- in its own version ('' = not known yet: the card is written in 3.0 until it is read again).
ALTER TABLE carddav_items ADD COLUMN version TEXT NOT NULL DEFAULT '';
