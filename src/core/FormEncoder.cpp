#include "FormEncoder.h"
