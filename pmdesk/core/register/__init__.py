"""The household register: rooms, households and the people in them, search, the roster
import."""
