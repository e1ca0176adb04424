"""Chat platform handlers (LINE, Slack) that turn platform events into questions for bot.engine."""
