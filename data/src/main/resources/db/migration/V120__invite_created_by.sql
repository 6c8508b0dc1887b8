-- Open invites are listed by who made them (/moi) and cancelled when that person loses the role.
CREATE INDEX invite_created_by ON invite (created_by, used_at);
