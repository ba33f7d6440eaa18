"""Speech tests: quotes (direct, indirect, mixed), their speakers, and what is not a quote."""
