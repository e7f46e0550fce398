"""Conversations, their messages, and the chat turn that streams the assistant's reply."""
