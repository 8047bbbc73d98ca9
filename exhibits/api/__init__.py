"""The open read API (/api/v2/): live, public content for the mini-program and partner sites."""
