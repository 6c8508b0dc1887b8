-- First-admin claim codes told apart from invites the system made without a maker: a claim is
-- refused once an admin exists. Open codes of earlier starts (admin, no maker) are claims.
ALTER TABLE invite ADD COLUMN claim INTEGER NOT NULL DEFAULT 0;
UPDATE invite SET claim = 1 WHERE created_by IS NULL AND role = 'ADMIN' AND used_at IS NULL;
