"""Service to residents: complaints and repairs, community events."""
