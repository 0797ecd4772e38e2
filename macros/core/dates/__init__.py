"""The date engine: statutory deadlines from dates (`deadlines`), the school year's key dates, warnings that fall due.

Imports the data model and the school year below it; nothing from `render/`.
"""
