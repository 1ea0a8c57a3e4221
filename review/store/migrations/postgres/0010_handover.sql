ALTER TABLE scores ADD COLUMN handover TEXT COLLATE "C" NOT NULL DEFAULT '' CHECK (handover IN ('', 'yes', 'no', 'unknown'));
