-- The daily retention job looks for sent rows and handled reminder marks by age.
CREATE INDEX outbox_sent_at ON outbox_message (state, sent_at);
CREATE INDEX reminder_sent_at ON reminder_sent (sent_at);
