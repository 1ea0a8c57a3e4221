-- Whether the written assignment reached the provider before the intervention started,
-- recorded with the assignment description's judgement ('' = not recorded).
ALTER TABLE scores ADD COLUMN handover TEXT NOT NULL DEFAULT '' CHECK (handover IN ('', 'yes', 'no', 'unknown'));
